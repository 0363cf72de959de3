"""django-tasks-db's db_worker, first failing the jobs a killed predecessor left 正在进行."""

from django_tasks_db.management.commands import db_worker

from jobs import lease


class Command(db_worker.Command):
    def handle(self, *args, **options):
        expired = lease.expire_stale()
        if expired and options.get("verbosity", 1):
            self.stdout.write(f"{expired} 个中断的后台任务已标记为失败。")
        return super().handle(*args, **options)
